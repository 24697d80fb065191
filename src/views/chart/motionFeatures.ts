// Motion's animation features, in their own chunk: LazyMotion loads them after first paint, so
// the chart's gliding marks cost the initial download ~5 KB instead of ~54 KB (motion's full
// `motion` component). Until they load, marks simply sit at their places.
import { domAnimation } from 'motion/react';

export default domAnimation;
