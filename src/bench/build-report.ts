// What `npm run bench` reports of one build: read from its log, the files it wrote and the memory
// it held. Pure, so the numbers are unit-tested on a fixture; the timings themselves are not.

/** Common static hosts' limits on a site's files (their documentation, late 2026). */
const HOSTING_LIMITS = [
  { host: 'Cloudflare Pages, free plan', files: 20_000 },
  { host: 'Cloudflare Pages, paid plans', files: 100_000 },
  { host: 'Netlify, files in one directory', perDirectory: 54_000 },
] as const;

/** One build as measured. */
export interface BuildRun {
  seconds: number;
  peakRss: number;
  /** Every file written, relative to the output folder, `/`-separated. */
  files: string[];
  /** The build's standard output. */
  log: string;
}

interface BuildReport {
  seconds: number;
  pages: number;
  files: number;
  filesPerArticle: number;
  /** The directory holding the most files directly, and how many. */
  fullestDirectory: { path: string; files: number };
  images: { drawn: number; cpuMsPerImage: number | undefined } | undefined;
  /** Each step's seconds and share of the build; Astro is what the timed steps leave. */
  steps: { name: string; seconds: number; share: number }[];
  peakRssGb: number;
  hosting: { host: string; passes: boolean; why: string }[];
}

const STEP = /^build: (.+): ([\d.]+) s$/gmu;
const IMAGES = /^build: images: .*?(\d+) PNGs drawn(?: \([^)]*?([\d.]+) ms of CPU per PNG)?/mu;

/**
 * The report of one build of `articles` articles.
 *
 * @example
 *   buildReport({ seconds: 10, peakRss: 2 ** 30, files: ['index.html'], log: '' }, 1).pages // 1
 */
export function buildReport(run: BuildRun, articles: number): BuildReport {
  const timed = [...run.log.matchAll(STEP)].map(([, name, seconds]) => ({
    name: name as string,
    seconds: Number(seconds),
  }));
  const rest = Math.max(0, run.seconds - timed.reduce((sum, step) => sum + step.seconds, 0));
  const steps = [{ name: 'Astro: pages and exports (the rest)', seconds: rest }, ...timed].map(
    (step) => ({ ...step, share: run.seconds > 0 ? step.seconds / run.seconds : 0 }),
  );
  const perDirectory = new Map<string, number>();
  for (const file of run.files) {
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
    perDirectory.set(dir, (perDirectory.get(dir) ?? 0) + 1);
  }
  const [path, most] = [...perDirectory].reduce((a, b) => (b[1] > a[1] ? b : a), ['.', 0]);
  const images = IMAGES.exec(run.log);
  const hosting = HOSTING_LIMITS.map((limit) =>
    'files' in limit
      ? {
          host: limit.host,
          passes: run.files.length <= limit.files,
          why: `${run.files.length.toLocaleString('en')} of ${limit.files.toLocaleString('en')} files`,
        }
      : {
          host: limit.host,
          passes: most <= limit.perDirectory,
          why: `${most.toLocaleString('en')} of ${limit.perDirectory.toLocaleString('en')} in ${path}/`,
        },
  );
  return {
    seconds: run.seconds,
    pages: run.files.filter((file) => file.endsWith('.html')).length,
    files: run.files.length,
    filesPerArticle: run.files.length / articles,
    fullestDirectory: { path, files: most },
    images: images
      ? {
          drawn: Number(images[1]),
          cpuMsPerImage: images[2] === undefined ? undefined : Number(images[2]),
        }
      : undefined,
    steps,
    peakRssGb: run.peakRss / 2 ** 30,
    hosting,
  };
}

/** The report as the lines the bench prints under a build's label. */
export function formatReport(label: string, report: BuildReport): string[] {
  const pct = (share: number): string => `${(share * 100).toFixed(1)}%`;
  const images = report.images
    ? `${report.images.drawn} images drawn, ` +
      (report.images.cpuMsPerImage === undefined
        ? 'CPU per image not reported'
        : `${report.images.cpuMsPerImage.toFixed(1)} ms of CPU per image`)
    : 'no image step in the log';
  return [
    `${label}: ${report.seconds.toFixed(1)} s, ${report.pages} pages, ${report.files} files ` +
      `(${report.filesPerArticle.toFixed(1)} per article), ${report.peakRssGb.toFixed(2)} GB peak RSS`,
    `  ${images}`,
    ...report.steps.map(
      (step) =>
        `  ${step.name.padEnd(62)} ${step.seconds.toFixed(1).padStart(7)} s ${pct(step.share).padStart(6)}`,
    ),
    ...report.hosting.map(
      (limit) => `  ${limit.passes ? 'fits' : 'DOES NOT FIT'} ${limit.host}: ${limit.why}`,
    ),
  ];
}
