declare namespace App {
  interface Locals {
    /** Dev only: the count of content changes announced when the page was asked for. */
    contentVersion?: number;
  }
}
