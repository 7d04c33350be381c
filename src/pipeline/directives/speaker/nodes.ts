import type { Data, Parent, PhrasingContent } from 'mdast';

/** A speaker named in the text, linked to their page. */
export interface SpeakerMention extends Parent {
  type: 'speakerMention';
  children: PhrasingContent[];
  data: Data;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    speakerMention: SpeakerMention;
  }
  interface RootContentMap {
    speakerMention: SpeakerMention;
  }
}
