// The `--help` texts.

const EXIT_CODES = `Exit codes:
  0  success
  1  some input is invalid (bad JSON, an invalid article, a failed render)
  2  usage error (unknown command, option or format)
  3  input/output error (unreadable file, unwritable folder)
  130  interrupted (Ctrl-C); no partial output file is left behind
  143  stopped by SIGTERM; no partial output file is left behind`

/** `--from`, as render, validate and convert explain it. */
const FROM_OPTION = `      --from F        read every input as json, md (articlekit's Markdown), blog (posts written
                      for a static-site generator), text (news stories saved as plain text, .txt
                      files) or html (web pages, .html and .htm files); the import report goes to
                      standard error; default: .json files as JSON, .md as Markdown, .html named
                      as inputs as web pages`

/** `--url`, for the one page or story read. */
const URL_OPTION = `      --url URL       html, text: the address of the one page or story read (relative URLs in a
                      page are resolved against it; the article's URL when the input names none)`

const COMMON = `  -c, --config FILE   config file (default: articlekit.config.mjs or .json in the current folder)
  -j, --jobs N        worker threads (default: none for files; past 10,000 lines of a
                      stream, one per other idle CPU helps this thread)
  -q, --quiet         print nothing but results and errors
      --verbose       print each file written, a summary, and stack traces
  -h, --help          show this help`

/** Help of the whole tool. */
export const MAIN_HELP = `Usage: articlekit <command> [options]

Commands:
  render <inputs...> --to FORMAT   render articles to html, markdown, json-ld, text or meta
  validate <inputs...>             check articles; print every issue as file:path: message
  convert <inputs...> --to FORMAT  Markdown with front matter to article JSON (json), and back (markdown)
  feed <inputs...> --to FORMAT     write the articles as one rss, atom, json-feed, sitemap or news-sitemap
  schema                           print the JSON Schema of an article
  init                             write an example article and config file into this folder

Inputs are .json articles or .md articles with front matter, as file names,
folders (walked for .json, .md, .markdown and .mdx files) or globs (quote
them: 'articles/**/*.json'), or - for one article on standard
input (JSON, Markdown or a web page, told apart by their first characters,
or as --from says). --from blog reads Markdown posts written for Jekyll,
Hugo, Eleventy, Astro, Gatsby, Ghost or Decap CMS; --from text reads news
stories saved as plain text (.txt files); web pages (.html files named as
inputs, or --from html) are read with the article found in them. With --ndjson, one JSON article per line is
read from standard input (or the one input file), and one result per line is
written to standard output.

Options:
      --version       print the version
  -h, --help          show this help; \`articlekit <command> --help\` for a command

Colours are off when NO_COLOR is set or the output is not a terminal.

${EXIT_CODES}
`

/** Help of each command. */
export const COMMAND_HELP: Record<string, string> = {
  render: `Usage: articlekit render <inputs...> --to FORMAT [options]
       articlekit render - --to FORMAT [options] < article

Render articles. With one input file (or - for standard input) and no
--out-dir, the result goes to standard output; otherwise each input gets an
output file named after it.

Options:
  -t, --to FORMAT     html (.html), markdown (.md), json-ld (.jsonld), text (.txt) or meta (.meta.html);
                      md, txt, jsonld and ld are taken as the formats they name
  -o, --out-dir DIR   write the files into DIR, mirroring the inputs' folders (default: beside each input)
      --document      html: a whole HTML page with head tags and JSON-LD, not an <article> fragment
      --stylesheet URL  with --document: link the stylesheet at URL (repeat for more)
      --title-template T  with --document: the page's <title>, %s standing for the headline
      --head-file FILE  with --document: add FILE's markup as it is at the end of <head>
      --ndjson        read one JSON article per line; write one JSON record per line
${FROM_OPTION}
      --base-url URL  blog: resolve the posts' relative URLs against URL
${URL_OPTION}
      --drafts        blog: render posts marked as drafts too (default: skip them, with a note)
      --now TIME      check embargoes against TIME, a date and time with an offset or Z, such as
                      2026-03-14T06:00:00Z (default: the current time); an article under embargo
                      is not rendered
      --ignore-embargo  render articles under embargo too (for private previews)
${COMMON}

${EXIT_CODES}
`,
  validate: `Usage: articlekit validate <inputs...> [options]
       articlekit validate - [options] < article

Check articles against the model and print every issue as
file:path: message (Markdown input: file:line:column:path: message). With -,
the article is read from standard input and reported as \`stdin\`.

Options:
      --lint          also print editorial and SEO findings, with their severity
      --format F      pretty (default) or json
      --ndjson        read one JSON article per line
${FROM_OPTION}
      --base-url URL  blog: resolve the posts' relative URLs against URL
${URL_OPTION}
${COMMON}

${EXIT_CODES}
`,
  convert: `Usage: articlekit convert <inputs...> --to json|markdown [options]
       articlekit convert - --to json|markdown [options] < article

Convert Markdown with YAML front matter to article JSON, and article JSON to
Markdown with front matter (a lossless round trip). With --from blog, posts
written for a static-site generator become article JSON; with --from text,
news stories saved as plain text do, and web pages (.html) with their article
found in the page: the import report goes to standard error (exit code 1
when a text or page holds no article).

Options:
  -t, --to FORMAT     json or markdown
  -o, --out-dir DIR   write the files into DIR (default: standard output for one input or -)
${FROM_OPTION}
      --base-url URL  blog: resolve the posts' relative URLs against URL
${URL_OPTION}
      --drafts        blog: convert posts marked as drafts too (default: skip them, with a note)
${COMMON}

${EXIT_CODES}
`,
  feed: `Usage: articlekit feed <inputs...> --to FORMAT [--site FILE] [options]
       articlekit feed --ndjson [file] --to FORMAT [--site FILE] [options]

Write the articles as one feed or sitemap, newest first. Inputs are read and
validated as \`render\` reads them; when one is invalid, its problems are
printed, nothing is written and the exit code is 1. Articles a format cannot
write whole (no URL for a sitemap, under embargo) are left out, each with a
warning on standard error.

Options:
  -t, --to FORMAT     rss, atom, json-feed, sitemap (with images) or news-sitemap (Google News)
      --site FILE     a JSON file: title, link, description, language, image, copyright,
                      generator, self and author, the feed's channel (needed by rss, atom and
                      json-feed); publication {name, language} for news-sitemap (default: title
                      and language); sitemapBase, the URL of the folder split sitemaps go in
      --out FILE      write the feed to FILE, atomically (default: standard output)
  -o, --out-dir DIR   sitemaps: write the file, or the files and their index, into DIR
      --self URL      where the feed is published (the channel's self, over the site file's)
      --limit N       at most N articles, the newest
      --max-urls N    sitemaps: at most N URLs a file, then split with an index
                      (default and most: 50000; news-sitemap 1000)
      --all-dates     news-sitemap: keep articles older than two days (default: only those
                      published in the two days before --now, as Google News asks)
      --indent        one element a line, for people reading the file
      --ndjson        read one JSON article per line, from the one input file or standard input
      --from F        read every input as json, md, blog, text or html, as render does
      --base-url URL  blog: resolve the posts' relative URLs against URL
      --drafts        blog: include posts marked as drafts (default: skip them, with a note)
      --now TIME      check embargoes (and the news window) against TIME, a date and time with an
                      offset or Z (default: the current time); an article under embargo is left out
      --ignore-embargo  write articles under embargo too (for private previews)
  -c, --config FILE   config file: its html and text options shape the feeds' content
  -q, --quiet         print nothing but results and errors
      --verbose       print each file written, and stack traces
  -h, --help          show this help

${EXIT_CODES}
`,
  schema: `Usage: articlekit schema [options]

Print the JSON Schema (draft 2020-12) of an article, with the custom blocks
of the config file if it has any.

Options:
  -c, --config FILE   config file
  -h, --help          show this help

${EXIT_CODES}
`,
  init: `Usage: articlekit init

Write an example article (article.json) and a config file
(articlekit.config.json) into the current folder. Existing files are left as
they are.

${EXIT_CODES}
`,
}
