// Players for embeds, opt-in per provider: an embed renders as a link card
// unless the `embeds` option lists a provider that recognises its URL. Each
// provider builds the player URL itself from the pieces it has checked (an id
// of known characters), so nothing from the article reaches the frame's `src`
// unchecked.

/**
 * A site whose media may play in an `<iframe>` inside the article. Pass the
 * ones you allow as the `embeds` option of `toHtml`.
 *
 * @example
 * import { toHtml, youtube, vimeo } from 'articlekit/html'
 *
 * toHtml(article, { embeds: [youtube, vimeo] })
 */
export interface EmbedProvider {
  /** The provider's name, used in the frame's accessible title: "Ferry trials (YouTube)". */
  name: string
  /** The player's URL for a media URL of this provider, or `undefined` when the URL is not one of its own. */
  player(url: URL): string | undefined
  /** Width and height attributes of the frame (a stylesheet can still scale it). */
  width: number
  height: number
  /** The `allow` attribute: features the player may use. */
  allow: string
  /** The `sandbox` attribute: what the player may do. */
  sandbox: string
}

const VIDEO_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-presentation'
const VIDEO_ALLOW = 'encrypted-media; fullscreen; picture-in-picture'

const isHost = (url: URL, ...hosts: string[]) => url.protocol === 'https:' && hosts.includes(url.hostname)

/**
 * YouTube videos (`youtube.com/watch?v=…`, `youtu.be/…`, `/shorts/…`,
 * `/embed/…`), played from `youtube-nocookie.com`.
 */
export const youtube: EmbedProvider = {
  name: 'YouTube',
  player(url) {
    let id: string | null | undefined
    if (isHost(url, 'youtu.be')) id = url.pathname.slice(1)
    else if (isHost(url, 'www.youtube.com', 'youtube.com', 'm.youtube.com', 'www.youtube-nocookie.com'))
      id =
        url.pathname === '/watch'
          ? url.searchParams.get('v')
          : /^\/(?:shorts|embed|live)\/([^/]+)$/.exec(url.pathname)?.[1]
    return id && /^[\w-]{11}$/.test(id) ? `https://www.youtube-nocookie.com/embed/${id}` : undefined
  },
  width: 560,
  height: 315,
  allow: VIDEO_ALLOW,
  sandbox: VIDEO_SANDBOX,
}

/** Vimeo videos (`vimeo.com/123456789`, `player.vimeo.com/video/123456789`). */
export const vimeo: EmbedProvider = {
  name: 'Vimeo',
  player(url) {
    const id = isHost(url, 'vimeo.com', 'www.vimeo.com', 'player.vimeo.com')
      ? /^\/(?:video\/)?(\d{1,12})\/?$/.exec(url.pathname)?.[1]
      : undefined
    return id === undefined ? undefined : `https://player.vimeo.com/video/${id}`
  },
  width: 560,
  height: 315,
  allow: VIDEO_ALLOW,
  sandbox: VIDEO_SANDBOX,
}

/** Spotify tracks, albums, playlists, episodes, shows and artists (`open.spotify.com/…`). */
export const spotify: EmbedProvider = {
  name: 'Spotify',
  player(url) {
    const match = isHost(url, 'open.spotify.com')
      ? /^(?:\/intl-[a-z-]+)?\/(track|album|playlist|episode|show|artist)\/([A-Za-z0-9]{22})\/?$/.exec(url.pathname)
      : null
    return match ? `https://open.spotify.com/embed/${match[1]}/${match[2]}` : undefined
  },
  width: 560,
  height: 352,
  allow: 'encrypted-media; fullscreen; clipboard-write',
  sandbox: 'allow-scripts allow-same-origin allow-popups',
}

/** SoundCloud tracks and sets (`soundcloud.com/artist/track`). */
export const soundcloud: EmbedProvider = {
  name: 'SoundCloud',
  player(url) {
    if (!isHost(url, 'soundcloud.com', 'www.soundcloud.com', 'm.soundcloud.com')) return undefined
    const path = /^\/[\w-]+\/(?:sets\/)?[\w-]+\/?$/.exec(url.pathname)?.[0]
    return path === undefined
      ? undefined
      : `https://w.soundcloud.com/player/?url=${encodeURIComponent(`https://soundcloud.com${path}`)}`
  },
  width: 560,
  height: 166,
  allow: 'encrypted-media',
  sandbox: 'allow-scripts allow-same-origin allow-popups',
}

/** Every built-in provider: YouTube, Vimeo, Spotify and SoundCloud. */
export const embedProviders: readonly EmbedProvider[] = [youtube, vimeo, spotify, soundcloud]
