// The popup's full entry: the same Card the page shows on hover (components/Card.tsx), in full
// (not compact); EntryView is the fallback for an id the card builder does not know.
import { buildCardData } from '../../lib/card-data';
import { Card } from '../Card';
import { EntryView } from './EntryView';

export interface PopupEntryProps {
  id: string;
  emergencyNumber: string;
  onOpen?(id: string): void;
}

export function PopupEntry({ id, emergencyNumber, onOpen }: PopupEntryProps) {
  const card = buildCardData(id);
  if (!card) return <EntryView entryId={id} emergencyNumber={emergencyNumber} onOpen={onOpen} />;
  return (
    <div class="bc-layer popup-card">
      <Card card={card} emergencyNumber={emergencyNumber} titleId="entry-title" />
    </div>
  );
}
