/** A drawn stand-in (SVG) for the example article's photo at `index`, in the image's own proportions. */
export declare function picture(width: number, height: number, index: number): string
