// React 18 (the bundler aliases `react` and `react-dom` to the `react18` packages): the hooks.
import { reactSuite } from './react-suite.jsx';

reactSuite(18);
