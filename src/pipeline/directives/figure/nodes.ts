import type { BlockContent, Data, Parent } from 'mdast';

/** A figure's caption: the article's words about a picture it no longer has. */
export interface FigureCaption extends Parent {
  type: 'figureCaption';
  children: BlockContent[];
  data: Data;
}

/** The picture itself, or the placeholder saying what was there. */
export interface FigureMedia extends Parent {
  type: 'figureMedia';
  children: [];
  data: Data;
}

declare module 'mdast' {
  interface BlockContentMap {
    figureCaption: FigureCaption;
    figureMedia: FigureMedia;
  }
  interface RootContentMap {
    figureCaption: FigureCaption;
    figureMedia: FigureMedia;
  }
}
