import type { Location } from 'vfile-location';
import type { ArticleDraftFrontmatter } from './schema/article-frontmatter.ts';
import type { LocatedYaml } from './located-yaml.ts';

// Typed slots the parser keeps on the file it is reading.
declare module 'vfile' {
  interface DataMap {
    /** Offset ↔ line/column over the whole source file. */
    location: Location;
    /** The validated frontmatter, when it validated (its assessment may still be unwritten). */
    frontmatter: ArticleDraftFrontmatter;
    /** The raw frontmatter with positions, for placing later errors. */
    yaml: LocatedYaml;
  }
}

export {};
