// The knowledge entries' own names (title, aka, escalation signals), for the free-text index
// (text-index.ts) and for the vocabulary that spelling correction knows (features.ts). One list,
// read by both, so the words a query is corrected towards never depend on which ran first.
import { entries } from '../knowledge/index.ts';

export interface NameText {
  id: string;
  text: string;
  /** 1 for a name (title, aka); 0.3 for an escalation signal, which counts only as a whole phrase. */
  weight: number;
}

let cached: NameText[] | undefined;

export function entryNameTexts(): NameText[] {
  if (cached) return cached;
  const out: NameText[] = [];
  for (const e of entries) {
    out.push({ id: e.id, text: e.title, weight: 1 });
    for (const a of e.aka ?? []) out.push({ id: e.id, text: a, weight: 1 });
    const urgency = 'urgency' in e ? e.urgency : undefined;
    for (const esc of urgency?.escalations ?? []) {
      for (const s of esc.signals ?? []) {
        if (!/^[a-z0-9]+(-[a-z0-9]+)+$/.test(s)) out.push({ id: e.id, text: s, weight: 0.3 });
      }
    }
  }
  cached = out;
  return out;
}
