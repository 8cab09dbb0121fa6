// "Highlight on this site": a labelled switch that adds or removes the site from
// settings.disabledSites; the content script applies the change live.
export interface SiteSwitchProps {
  /** The page's hostname; undefined where there is no web page to switch. */
  host?: string;
  enabled: boolean;
  /** The global switch in the options page; when off, no site is painted. */
  globallyOn: boolean;
  onChange(enabled: boolean): void;
}

export function SiteSwitch({ host, enabled, globallyOn, onChange }: SiteSwitchProps) {
  if (!host) return null;
  return (
    <div class="site-switch">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={enabled}
          aria-checked={enabled}
          aria-describedby="site-switch-host"
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <span class="switch__track" aria-hidden="true" />
        <span>Highlight on this site</span>
      </label>
      <span id="site-switch-host" class="muted site-switch__host">
        {host}
        {globallyOn ? '' : ' (highlighting is off in settings)'}
      </span>
    </div>
  );
}
