import type { Data, Parent } from 'mdast';

/** A claim's marker: its tab stop and the link to its entry. */
export interface ClaimMark extends Parent {
  type: 'claimMark';
  children: [];
  data: Data;
}

/** An anchor with a published id whose claim now has another: old links land here. */
export interface ClaimAlias extends Parent {
  type: 'claimAlias';
  children: [];
  data: Data;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    claimMark: ClaimMark;
    claimAlias: ClaimAlias;
  }
  /** Block claims (`:::claim`) hold their marker and aliases before their paragraphs. */
  interface BlockContentMap {
    claimMark: ClaimMark;
    claimAlias: ClaimAlias;
  }
  interface RootContentMap {
    claimMark: ClaimMark;
    claimAlias: ClaimAlias;
  }
}
