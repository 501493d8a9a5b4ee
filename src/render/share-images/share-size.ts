/** The size platforms expect of an `og:image`. */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
