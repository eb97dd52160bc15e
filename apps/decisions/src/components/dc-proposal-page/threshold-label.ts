import { msg, str } from '@lit/localize';
import type { Proposal } from '../../data/core-decisions.js';

/** The share of yes a yes/no proposal needs, in words ("more than 50 % of yes and no"). */
export function thresholdLabel(model: Proposal): string {
  if (model.method !== 'yes-no' || !model.threshold) return msg('more than half of yes and no');
  const { numerator, denominator, comparison } = model.threshold;
  const percent = `${Math.round((numerator / denominator) * 1000) / 10} %`;
  return comparison === 'more-than' ? msg(str`more than ${percent} of yes and no`) : msg(str`at least ${percent} of yes and no`);
}
