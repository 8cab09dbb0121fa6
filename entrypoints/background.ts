export default defineBackground(() => {
  // Wired up in later steps: context menu, commands, card data, message routing.
});
