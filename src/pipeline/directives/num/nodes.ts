import type { Data, Parent, PhrasingContent } from 'mdast';

/** A number in the text, credited to whoever says it; becomes `<data class="number">`. */
export interface NumberValue extends Parent {
  type: 'numberValue';
  children: PhrasingContent[];
  data: Data;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    numberValue: NumberValue;
  }
  interface RootContentMap {
    numberValue: NumberValue;
  }
}
