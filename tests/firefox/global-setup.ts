// Checked once before the Firefox suite: a clear message instead of a hang when Firefox or the
// Firefox build is missing.
import { firefoxPath, geckoId } from './firefox';

export default function setup() {
  firefoxPath();
  geckoId();
}
