// @ts-check
// Drawn stand-ins for the example article's photos, so that its page looks
// real offline: `npm run demo` writes them next to the page, and the browser
// tests serve them at the images' URLs.

/**
 * A stand-in for a photo: an estuary at dawn (sky, hills, water, a boat), drawn
 * as SVG in the image's own proportions, so the page looks real without
 * fetching anything. Shared by `npm run demo` and the browser tests.
 *
 * @param {number} width
 * @param {number} height
 * @param {number} index the image's place in the article: 0 for the lead image
 * @returns {string}
 */
export function picture(width, height, index) {
  const horizon = Math.round(height * (index === 0 ? 0.55 : 0.62))
  const hills = `M0 ${horizon} C ${width * 0.2} ${horizon - height * 0.12}, ${width * 0.45} ${horizon - height * 0.02}, ${width * 0.6} ${horizon - height * 0.08} S ${width * 0.9} ${horizon - height * 0.04}, ${width} ${horizon - height * 0.1} V ${horizon} Z`
  const boatX = width * (index === 0 ? 0.38 : 0.58)
  const boatY = horizon + height * 0.14
  const boat = `M${boatX} ${boatY} h${width * 0.22} l-${width * 0.025} ${height * 0.05} h-${width * 0.17} Z M${boatX + width * 0.04} ${boatY} v-${height * 0.06} h${width * 0.12} v${height * 0.06} Z`
  const sky = `<rect width="${width}" height="${horizon}" fill="#a9bccb"/><rect y="${horizon * 0.6}" width="${width}" height="${horizon * 0.4}" fill="#dccfb8"/>`
  const sun = `<circle cx="${width * 0.78}" cy="${horizon - height * 0.16}" r="${height * 0.06}" fill="#f6e7c8"/>`
  const water = `<rect y="${horizon}" width="${width}" height="${height - horizon}" fill="#4d6478"/>`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${sky}${sun}<path d="${hills}" fill="#4a5d52"/>${water}<path d="${boat}" fill="#f4f4f1"/></svg>`
}
