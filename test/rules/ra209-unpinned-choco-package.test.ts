import { describeRuleFixtures } from '../support/rules.js';

describeRuleFixtures('RA209');
