/** A failure whose message is already in the person's words: shown as it is. */
export class Refusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Refusal';
  }
}
