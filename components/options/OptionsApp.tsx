// The settings page (DESIGN.md §6). Every change is saved at once and open tabs apply it live
// (their content scripts watch the settings). Controlled: settings in, patches out.
import { useState } from 'preact/hooks';
import { normaliseHostInput } from '../../lib/popup-state';
import { EMERGENCY_NUMBERS, HIGHLIGHT_CATEGORIES, REGIONS, type Settings } from '../../lib/settings';

const CATEGORY_LABEL: Record<(typeof HIGHLIGHT_CATEGORIES)[number], string> = {
  'red-flag': 'Warning signs (red flags)',
  condition: 'Conditions',
  massage: 'Massage terms',
  contraindication: 'Reasons to avoid or adapt massage',
};

const STYLE_LABEL: Record<Settings['highlightStyle'], string> = {
  underline: 'Underline',
  background: 'Background colour',
  'hover-only': 'Nothing shown: cards still open on hover',
};

const REGION_LABEL: Record<(typeof REGIONS)[number], string> = {
  uk: 'United Kingdom',
  eu: 'European Union',
  us: 'United States',
  au: 'Australia',
  other: 'Other',
};

export interface OptionsAppProps {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
  disclaimer: string;
  /** Short confirmation after a save, read out politely. */
  status?: string;
}

export function OptionsApp({ settings, onChange, disclaimer, status }: OptionsAppProps) {
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState('');

  const toggleCategory = (cat: (typeof HIGHLIGHT_CATEGORIES)[number], on: boolean) =>
    onChange({
      categories: HIGHLIGHT_CATEGORIES.filter((c) => (c === cat ? on : settings.categories.includes(c))),
    });

  const addSite = (e: Event) => {
    e.preventDefault();
    const host = normaliseHostInput(site);
    if (!host) {
      setSiteError('Enter a site name such as example.com.');
      return;
    }
    setSiteError('');
    setSite('');
    if (!settings.disabledSites.includes(host))
      onChange({ disabledSites: [...settings.disabledSites, host] });
  };

  return (
    <main class="options">
      <h1>BackCheck settings</h1>
      <p class="status" role="status">
        {status ?? ''}
      </p>

      <section aria-labelledby="h-highlight">
        <h2 id="h-highlight">Highlighting</h2>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            name="highlighting"
            checked={settings.highlighting}
            aria-checked={settings.highlighting}
            onChange={(e) => onChange({ highlighting: e.currentTarget.checked })}
          />
          <span class="switch__track" aria-hidden="true" />
          <span>Highlight terms on web pages</span>
        </label>

        <fieldset>
          <legend>What to highlight</legend>
          {HIGHLIGHT_CATEGORIES.map((cat) => (
            <label key={cat} class="choice">
              <input
                type="checkbox"
                name="category"
                value={cat}
                checked={settings.categories.includes(cat)}
                onChange={(e) => toggleCategory(cat, e.currentTarget.checked)}
              />
              {CATEGORY_LABEL[cat]}
            </label>
          ))}
        </fieldset>

        <fieldset>
          <legend>Highlight style</legend>
          {(Object.keys(STYLE_LABEL) as Settings['highlightStyle'][]).map((style) => (
            <label key={style} class="choice">
              <input
                type="radio"
                name="highlightStyle"
                value={style}
                checked={settings.highlightStyle === style}
                onChange={() => onChange({ highlightStyle: style })}
              />
              {STYLE_LABEL[style]}
            </label>
          ))}
        </fieldset>

        <div class="field">
          <label for="hover-delay">Wait before a card opens on hover (milliseconds)</label>
          <input
            id="hover-delay"
            name="hoverDelayMs"
            type="number"
            min={0}
            max={2000}
            step={50}
            value={settings.hoverDelayMs}
            aria-describedby="hover-delay-help"
            onChange={(e) => {
              const n = Number(e.currentTarget.value);
              if (Number.isFinite(n)) onChange({ hoverDelayMs: Math.min(2000, Math.max(0, Math.round(n))) });
            }}
          />
          <span id="hover-delay-help" class="muted help">
            0 to 2000; 250 is a short pause, like link previews.
          </span>
        </div>

        <label class="choice">
          <input
            type="checkbox"
            name="calmMode"
            checked={settings.calmMode}
            onChange={(e) => onChange({ calmMode: e.currentTarget.checked })}
          />
          Calm mode: highlight only the first mention in each section
        </label>
        <label class="choice">
          <input
            type="checkbox"
            name="scanCode"
            checked={settings.scanCode}
            onChange={(e) => onChange({ scanCode: e.currentTarget.checked })}
          />
          Also look inside code blocks
        </label>
      </section>

      <section aria-labelledby="h-region">
        <h2 id="h-region">Emergency number</h2>
        <div class="field">
          <label for="region">Where you are</label>
          <select
            id="region"
            name="region"
            value={settings.region}
            onChange={(e) => onChange({ region: e.currentTarget.value as Settings['region'] })}
          >
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {REGION_LABEL[r]} ({EMERGENCY_NUMBERS[r]})
              </option>
            ))}
          </select>
          <span class="muted help">
            Cards and the popup show “Call {EMERGENCY_NUMBERS[settings.region]} now” for emergencies.
          </span>
        </div>
      </section>

      <section aria-labelledby="h-sites">
        <h2 id="h-sites">Sites where BackCheck is off</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">None. You can also switch a site off from the toolbar popup.</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((host) => (
              <li key={host}>
                <span>{host}</span>
                <button
                  type="button"
                  aria-label={`Turn BackCheck back on for ${host}`}
                  onClick={() =>
                    onChange({ disabledSites: settings.disabledSites.filter((h) => h !== host) })
                  }
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="add-site" onSubmit={addSite}>
          <label for="add-site">Add a site</label>
          <input
            id="add-site"
            name="addSite"
            type="text"
            placeholder="example.com"
            autoComplete="off"
            value={site}
            aria-invalid={siteError ? true : undefined}
            aria-describedby="add-site-error"
            onInput={(e) => setSite(e.currentTarget.value)}
          />
          <button type="submit">Add</button>
          <span id="add-site-error" class="error">
            {siteError}
          </span>
        </form>
      </section>

      <section aria-labelledby="h-about">
        <h2 id="h-about">About</h2>
        <p>
          <strong>No network, no tracking.</strong> Everything BackCheck knows is inside the extension. It
          never sends the pages you read or what you search for anywhere, and your settings stay in your
          browser.
        </p>
        <p class="disclaimer">{disclaimer}</p>
      </section>
    </main>
  );
}
