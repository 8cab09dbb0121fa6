// Keeps the options page in step with stored settings: saves each change at once and follows
// changes made elsewhere (e.g. the popup's site switch). Storage calls come in as ports.
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings, type SettingsRead } from '../../lib/settings';
import { OptionsApp } from './OptionsApp';

export interface OptionsPorts {
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  watchSettings(callback: (s: Settings) => void): () => void;
  /** Settings plus the fields repaired on reading; used instead of loadSettings when given. */
  loadSettingsReport?(): Promise<SettingsRead>;
}

/** How the options page names each setting when it reports a repair (issue 11 finding #13). */
const FIELD_NAMES: Record<keyof Settings, string> = {
  highlighting: 'highlighting on/off',
  disabledSites: 'sites where BackCheck is off',
  categories: 'what to highlight',
  highlightStyle: 'highlight style',
  hoverDelayMs: 'card delay',
  region: 'region',
  calmMode: 'calm mode',
  scanCode: 'code blocks',
};

export function repairNotice(fields: readonly (keyof Settings)[]): string {
  if (fields.length === 0) return '';
  const names = fields.map((f) => FIELD_NAMES[f]).join(', ');
  return `Some saved settings could not be read and were repaired (${names}). Please check them below; your other choices are kept.`;
}

export function OptionsRoot({ ports, disclaimer }: { ports: OptionsPorts; disclaimer: string }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let live = true;
    if (ports.loadSettingsReport) {
      ports.loadSettingsReport().then((r) => {
        if (!live) return;
        setSettings(r.settings);
        setStatus(repairNotice(r.repaired));
      });
    } else ports.loadSettings().then((s) => live && setSettings(s));
    const stop = ports.watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, [ports]);

  const onChange = async (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    try {
      setSettings(await ports.saveSettings(patch));
      setStatus('Saved. Open tabs update straight away.');
    } catch {
      setStatus('Could not save this change. Please try again.');
    }
  };

  return <OptionsApp settings={settings} onChange={onChange} disclaimer={disclaimer} status={status} />;
}
