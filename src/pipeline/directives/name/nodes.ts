import type { Data, Parent, PhrasingContent } from 'mdast';

/** A proper name that only looks like a number or a speaker (`Camp Ashraf Three`): left alone by detection. */
export interface ProperName extends Parent {
  type: 'properName';
  children: PhrasingContent[];
  data: Data;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    properName: ProperName;
  }
  interface RootContentMap {
    properName: ProperName;
  }
}
