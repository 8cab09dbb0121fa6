// The popup's full entry: the same Card the page shows on hover (components/Card.tsx), in full
// (not compact), so the page and the popup can never tell a different story.
import { buildCardData } from '../../lib/card-data';
import { Card } from '../Card';

export interface PopupEntryProps {
  id: string;
  emergencyNumber: string;
  onOpen?(id: string): void;
}

export function PopupEntry({ id, emergencyNumber, onOpen }: PopupEntryProps) {
  const card = buildCardData(id);
  if (!card) return <p role="status">That entry was not found.</p>;
  return (
    <div class="bc-layer popup-card">
      <Card card={card} emergencyNumber={emergencyNumber} titleId="entry-title" />
    </div>
  );
}
