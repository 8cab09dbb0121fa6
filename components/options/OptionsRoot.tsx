// Keeps the options page in step with stored settings: saves each change at once and follows
// changes made elsewhere (e.g. the popup's site switch). Storage calls come in as ports.
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { OptionsApp } from './OptionsApp';

export interface OptionsPorts {
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  watchSettings(callback: (s: Settings) => void): () => void;
}

export function OptionsRoot({ ports, disclaimer }: { ports: OptionsPorts; disclaimer: string }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let live = true;
    ports.loadSettings().then((s) => live && setSettings(s));
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
