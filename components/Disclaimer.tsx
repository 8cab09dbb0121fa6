// FACTS.md §0.3: the disclaimer is on every card.
export function Disclaimer({ text }: { text: string }) {
  return (
    <p class="bc-disclaimer" role="note">
      {text}
    </p>
  );
}
