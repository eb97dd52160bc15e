import type { ValidationIssue } from '../validation/validation-result.js';
import { ResourceError } from './resource-error.js';

function summary(issues: readonly ValidationIssue[]): string {
  const listed = issues.slice(0, 5).map((issue) => {
    const where = issue.path ? `${shortName(issue.path)}: ` : '';
    return `${where}${issue.message.en} (${shortName(issue.constraint)})`;
  });
  const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
  return `${listed.join('; ')}${more}`;
}

function shortName(iri: string): string {
  return iri.replace(/^.*[#/]/, '');
}

/** A record does not conform to its shape; carries every issue with its messages in en/fr/es. */
export class ValidationError extends ResourceError {
  override readonly name = 'ValidationError';
  readonly recordType: string;
  readonly issues: readonly ValidationIssue[];

  constructor(attempted: string, url: string, recordType: string, issues: readonly ValidationIssue[]) {
    const count = `${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}`;
    super(attempted, url, `the ${recordType} does not match its shape (${count}): ${summary(issues)}`);
    this.recordType = recordType;
    this.issues = issues;
  }
}
