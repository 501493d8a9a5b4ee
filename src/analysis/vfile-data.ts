import type { Location } from 'vfile-location';
import type { ArticleFrontmatter } from './schema/article-frontmatter.ts';
import type { LocatedYaml } from './frontmatter.ts';

// Typed slots the parser keeps on the file it is reading.
declare module 'vfile' {
  interface DataMap {
    /** Offset ↔ line/column over the whole source file. */
    location: Location;
    /** The validated frontmatter, when it validated. */
    frontmatter: ArticleFrontmatter;
    /** The raw frontmatter with positions, for placing later errors. */
    yaml: LocatedYaml;
  }
}

export {};
