/** A request the article cannot take; the message says why and what to do. */
export class AnnotationRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnnotationRefused';
  }
}
