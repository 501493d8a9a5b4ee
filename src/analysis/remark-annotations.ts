import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ActorRegistry } from './parse-state.ts';
import { extractAnnotations, type Annotations } from './extract-annotations.ts';
import { shapeMarkers } from './marker-elements.ts';
import './vfile-data.ts';

interface RemarkAnnotationsOptions {
  registry: ActorRegistry;
  /** Today, `YYYY-MM-DD`, for refusing updates dated in the future; the build's day by default. */
  today?: string;
}

declare module 'vfile' {
  interface DataMap {
    annotations: Annotations;
  }
}

/**
 * The remark plugin over the pure core: extracts claims, events and mentions into
 * `file.data.annotations` and shapes the markers for HTML. The article slug is the file's stem.
 *
 * ```md
 * India :claim[backs Japan]{#backs type=attributed claimant=india status=unverified}.
 * ```
 * → `file.data.annotations.claims[0].id === 'backs'` and a `<span class="claim" id="claim-backs">` in the HTML.
 */
export function remarkAnnotations(options: RemarkAnnotationsOptions) {
  return (tree: Root, file: VFile): void => {
    const frontmatter = file.data.frontmatter;
    if (!frontmatter) return;
    const article = file.stem ?? '';
    const annotations = extractAnnotations(tree, file, {
      frontmatter,
      article,
      registry: options.registry,
      today: options.today,
    });
    file.data.annotations = annotations;
    shapeMarkers(
      tree,
      article,
      new Map(annotations.claims.map((c) => [c.id, c])),
      new Map(annotations.events.map((e) => [e.id, e])),
    );
  };
}
