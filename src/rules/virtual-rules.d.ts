declare module 'virtual:repro-audit-rules' {
  import type { Rule } from './rule.js';
  const rules: Rule[];
  export default rules;
}
