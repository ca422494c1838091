/**
 * A promise resolved in a task of its own (`setTimeout(…, 0)`): awaited between the steps of a long piece of work, it
 * lets the browser handle a reader's input and paint in between, so no one task keeps the page blocked.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
