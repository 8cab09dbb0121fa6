// Holds the popup's live state (settings, the page tab's summary) around PopupApp. Browser
// access comes in through `ports`, so this stays testable under happy-dom (DESIGN.md §2).
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageSummary } from '../../lib/messages';
import { type PopupRoute, setSiteEnabled, webHostname } from '../../lib/popup-state';
import { DEFAULT_SETTINGS, EMERGENCY_NUMBERS, isSiteDisabled, type Settings } from '../../lib/settings';
import type { PageState } from './PageTerms';
import { PopupApp, type PopupAppProps } from './PopupApp';

export interface PopupPorts {
  loadSettings(): Promise<Settings>;
  watchSettings(callback: (s: Settings) => void): () => void;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  /** The page tab's summary, or undefined when no content script answers there. */
  pageSummary(): Promise<PageSummary | undefined>;
  reveal(conceptId: string, index: number): void;
  openOptions(): void;
  onRouteChange?(route: PopupRoute): void;
}

export interface PopupRootProps
  extends Pick<PopupAppProps, 'search' | 'disclaimer' | 'initialRoute' | 'debounceMs'> {
  ports: PopupPorts;
  renderEntry(id: string, emergencyNumber: string, open: (id: string) => void): preact.ComponentChildren;
}

/** How long to wait after the site switch before asking the page for a fresh summary. */
const REFRESH_AFTER_MS = 250;

export function PopupRoot({ ports, renderEntry, ...rest }: PopupRootProps) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [page, setPage] = useState<PageState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    const summary = await ports.pageSummary().catch(() => undefined);
    setPage(summary ? { status: 'ready', summary } : { status: 'unavailable' });
  }, [ports]);

  useEffect(() => {
    let live = true;
    ports.loadSettings().then((s) => live && setSettings(s));
    const stop = ports.watchSettings((s) => live && setSettings(s));
    refresh();
    return () => {
      live = false;
      stop();
    };
  }, [ports, refresh]);

  const host = page.status === 'ready' ? webHostname(page.summary.url) : undefined;
  const emergencyNumber = EMERGENCY_NUMBERS[settings.region];

  const onSiteChange = async (enabled: boolean) => {
    if (!host) return;
    const next = await ports.saveSettings({
      disabledSites: setSiteEnabled(settings.disabledSites, host, enabled),
    });
    setSettings(next);
    setTimeout(refresh, REFRESH_AFTER_MS);
  };

  return (
    <PopupApp
      {...rest}
      emergencyNumber={emergencyNumber}
      region={settings.region}
      renderEntry={(id, open) => renderEntry(id, emergencyNumber, open)}
      page={page}
      site={{
        host,
        enabled: host ? !isSiteDisabled(settings, host) : false,
        globallyOn: settings.highlighting,
      }}
      onSiteChange={onSiteChange}
      onReveal={ports.reveal}
      onOpenOptions={ports.openOptions}
      onRouteChange={ports.onRouteChange}
    />
  );
}
