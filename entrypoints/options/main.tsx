import { render } from 'preact';

render(<main>BackCheck</main>, document.getElementById('app') as HTMLElement);
