// Options page wiring (DESIGN.md §2): stored settings in and out; OptionsRoot renders.
import { render } from 'preact';
import { OptionsRoot } from '../../components/options/OptionsRoot';
import '../../components/options/options.css';
import { notices } from '../../lib/knowledge/data/notices';
import { loadSettings, readSettingsReport, saveSettings, watchSettings } from '../../lib/settings';

render(
  <OptionsRoot
    ports={{ loadSettings, saveSettings, watchSettings, loadSettingsReport: readSettingsReport }}
    disclaimer={notices.disclaimer}
  />,
  document.getElementById('app') as HTMLElement,
);
