/** Fixtures for decisions (proposals, votes, comments) and publishing (documents, news, events). */
import type { Term } from 'n3';
import { iri, term, type Doc } from './fixture-kit.js';
import { dateTime, decimal, flag, integer, link, missing, oneOf, text, textValid } from './fixture-rules.js';
import { nested, place, proof, type TypeSpec } from './fixture-specs.js';

const PROPOSAL = 'https://pods.example/brixton-lets/decisions/proposals/tool-library';
const OPTION_A = `${PROPOSAL}#option-a`;
const OPTION_B = `${PROPOSAL}#option-b`;

/** A yes/no proposal whose adoption sets the default minimum balance (the action at `#action`). */
const withAction = (d: Doc, limit: Term = term.int(-30000)) =>
  d.set('it', 'mutua:votingMethod', term.iri('mutua:YesNoAbstain')).remove('it', 'mutua:option').drop('option-a').drop('option-b').drop('option-c')
    .set('it', 'mutua:decides', d.node('action'))
    .add('action', 'rdf:type', term.iri('mutua:ResolutionAction'))
    .add('action', 'mutua:actionKind', term.iri('mutua:SetDefaultMinimumBalance'))
    .add('action', 'mutua:balanceLimit', limit);

/** The same proposal, closed, with the record of its application at `#application`. */
const withApplication = (d: Doc) =>
  withAction(d)
    .set('it', 'mutua:status', term.iri('mutua:Closed'))
    .set('it', 'mutua:application', d.node('application'))
    .add('application', 'rdf:type', term.iri('mutua:ResolutionApplication'))
    .add('application', 'mutua:appliedAction', d.node('action'))
    .add('application', 'mutua:status', term.iri('mutua:Applied'))
    .add('application', 'schema:agent', term.iri('https://pods.example/brixton-lets/profile/card#me'))
    .add('application', 'schema:startTime', term.dt('2026-04-15T20:00:05Z'))
    .add('application', 'schema:endTime', term.dt('2026-04-15T20:00:06Z'))
    .add('application', 'mutua:resultingValue', term.int(-30000));

export const GROUP_LIFE_SPECS: Record<string, TypeSpec> = {
  proposal: {
    base: PROPOSAL,
    valid: [
      ...textValid('dcterms:title', 200),
      ...textValid('dcterms:description', 20000),
      { name: 'draft-consent', note: 'a consent draft needs neither options nor dates', edit: (d) => d.set('it', 'mutua:votingMethod', term.iri('mutua:ConsentDecision')).set('it', 'mutua:status', term.iri('mutua:Draft')).remove('it', 'mutua:option').remove('it', 'schema:startDate').remove('it', 'schema:endDate').drop('option-a').drop('option-b').drop('option-c') },
      { name: 'yes-no-closed', note: 'a closed yes/no/abstain vote without options', edit: (d) => d.set('it', 'mutua:votingMethod', term.iri('mutua:YesNoAbstain')).set('it', 'mutua:status', term.iri('mutua:Closed')).remove('it', 'mutua:option').drop('option-a').drop('option-b').drop('option-c') },
      { name: 'score-two-options', note: 'score voting with exactly two options', edit: (d) => d.set('it', 'mutua:votingMethod', term.iri('mutua:ScoreVoting')).set('it', 'mutua:option', d.node('option-a'), d.node('option-b')).drop('option-c') },
      { name: 'unanimity', note: 'quorum 1.0 and threshold 1.0', edit: (d) => d.set('it', 'mutua:quorum', term.dec('1.0')).set('it', 'mutua:approvalThreshold', term.dec('1.0')) },
      { name: 'action-minimum-balance', note: 'adoption sets the default minimum balance to -300.00', edit: (d) => withAction(d) },
      { name: 'action-member-maximum', note: 'adoption sets one member\'s own maximum balance', edit: (d) => withAction(d).set('action', 'mutua:actionKind', term.iri('mutua:SetMemberMaximumBalance')).set('action', 'mutua:balanceLimit', term.int(50000)).set('action', 'mutua:targetMember', term.iri('https://pods.example/ben/profile/card#me')) },
      { name: 'action-group-rule', note: 'adoption lets members post news', edit: (d) => withAction(d).set('action', 'mutua:actionKind', term.iri('mutua:SetGroupRule')).remove('action', 'mutua:balanceLimit').set('action', 'mutua:targetRule', term.iri('mutua:membersMayPostNews')).set('action', 'mutua:ruleValue', term.bool(true)) },
      { name: 'option-action', note: 'an option carries the action applied when it wins', edit: (d) => d.set('option-a', 'mutua:decides', d.node('option-a-action')).add('option-a-action', 'rdf:type', term.iri('mutua:ResolutionAction')).add('option-a-action', 'mutua:actionKind', term.iri('mutua:SetGroupRule')).add('option-a-action', 'mutua:targetRule', term.iri('mutua:onlyAdminsOpenProposals')).add('option-a-action', 'mutua:ruleValue', term.bool(false)) },
      { name: 'application-applied', note: 'a closed proposal records its applied action and the resulting value', edit: (d) => withApplication(d) },
      { name: 'application-applying', note: 'a claim in progress needs no end time or value yet', edit: (d) => withApplication(d).set('application', 'mutua:status', term.iri('mutua:Applying')).remove('application', 'schema:endTime').remove('application', 'mutua:resultingValue') },
      { name: 'application-failed', note: 'a failed application records why', edit: (d) => withApplication(d).set('application', 'mutua:status', term.iri('mutua:ApplicationFailed')).remove('application', 'mutua:resultingValue').set('application', 'mutua:failureReason', term.str('The minimum balance must be zero or below.')) },
    ],
    invalid: [
      ...text('dcterms:title', 200, { required: true, nonBlank: true }),
      ...text('dcterms:description', 20000, { required: true }),
      { name: 'option-untyped', note: 'options are typed mutua:Option', path: iri('mutua:option'), edit: (d) => d.remove('option-a', 'rdf:type') },
      ...nested('mutua:option', [
        ...text('schema:name', 200, { fragment: 'option-a', required: true, nonBlank: true }),
        { name: 'option-position-zero', note: 'positions start at 1', edit: (d) => d.set('option-a', 'schema:position', term.int(0)) },
        { name: 'option-position-text', note: 'positions are integers', edit: (d) => d.set('option-a', 'schema:position', term.str('first')) },
      ]),
      { name: 'ranked-one-option', note: 'ranked voting needs at least two options', path: null, edit: (d) => d.set('it', 'mutua:option', d.node('option-a')).drop('option-b').drop('option-c') },
      { name: 'approval-no-options', note: 'approval voting needs options', path: null, edit: (d) => d.set('it', 'mutua:votingMethod', term.iri('mutua:ApprovalVoting')).remove('it', 'mutua:option') },
      ...oneOf('mutua:votingMethod', { required: true, other: 'mutua:Agree', alternative: 'mutua:ApprovalVoting' }),
      ...decimal('mutua:quorum', { required: true, min: '0', max: '1' }),
      ...decimal('mutua:approvalThreshold', { required: true, min: '0', max: '1', exclusiveMin: true }),
      ...dateTime('schema:startDate').filter((f) => !f.name.startsWith('too-many')),
      ...dateTime('schema:endDate').filter((f) => !f.name.startsWith('too-many')),
      { name: 'closes-before-opening', note: 'voting must open before it closes', path: iri('schema:startDate'), edit: (d) => d.set('it', 'schema:endDate', term.dt('2026-03-31T20:00:00+01:00')) },
      { name: 'closes-when-opening', note: 'opening and closing at the same instant', path: iri('schema:startDate'), edit: (d) => d.set('it', 'schema:endDate', term.dt('2026-04-01T07:00:00Z')) },
      { name: 'open-without-dates', note: 'an open proposal states its voting period', path: null, edit: (d) => d.remove('it', 'schema:startDate').remove('it', 'schema:endDate') },
      ...flag('mutua:runningResultsVisible'),
      ...text('mutua:resolution', 5000),
      ...nested('mutua:decides', [
        { name: 'action-positive-minimum', note: 'a minimum balance above zero', edit: (d) => withAction(d, term.int(100)) },
        { name: 'action-negative-maximum', note: 'a maximum balance below zero', edit: (d) => withAction(d, term.int(-100)).set('action', 'mutua:actionKind', term.iri('mutua:SetDefaultMaximumBalance')) },
        { name: 'action-decimal-limit', note: 'limits are whole minor units', edit: (d) => withAction(d, term.dec('-300.5')) },
        { name: 'action-no-limit', note: 'a limit action needs its value', edit: (d) => withAction(d).remove('action', 'mutua:balanceLimit') },
        { name: 'action-unknown-kind', note: 'only the listed kinds of action', edit: (d) => withAction(d).set('action', 'mutua:actionKind', term.iri('mutua:Agree')) },
        { name: 'action-missing-kind', note: 'an action says what it changes', edit: (d) => withAction(d).remove('action', 'mutua:actionKind') },
        { name: 'action-member-limit-without-member', note: 'a member\'s limit names the member', edit: (d) => withAction(d).set('action', 'mutua:actionKind', term.iri('mutua:SetMemberMinimumBalance')) },
        { name: 'action-member-literal', note: 'the member is a WebID, not text', edit: (d) => withAction(d).set('action', 'mutua:actionKind', term.iri('mutua:SetMemberMinimumBalance')).set('action', 'mutua:targetMember', term.str('ben')) },
        { name: 'action-unknown-rule', note: 'only the group card\'s boolean rules can be switched', edit: (d) => withAction(d).set('action', 'mutua:actionKind', term.iri('mutua:SetGroupRule')).remove('action', 'mutua:balanceLimit').set('action', 'mutua:targetRule', term.iri('mutua:decimals')).set('action', 'mutua:ruleValue', term.bool(true)) },
        { name: 'action-rule-without-value', note: 'a rule switch says true or false', edit: (d) => withAction(d).set('action', 'mutua:actionKind', term.iri('mutua:SetGroupRule')).remove('action', 'mutua:balanceLimit').set('action', 'mutua:targetRule', term.iri('mutua:membersMayPostNews')) },
        { name: 'action-rule-text-value', note: 'a rule value is xsd:boolean', edit: (d) => withAction(d).set('action', 'mutua:actionKind', term.iri('mutua:SetGroupRule')).remove('action', 'mutua:balanceLimit').set('action', 'mutua:targetRule', term.iri('mutua:membersMayPostNews')).set('action', 'mutua:ruleValue', term.str('yes')) },
        { name: 'action-untyped', note: 'an action is typed mutua:ResolutionAction', edit: (d) => withAction(d).remove('action', 'rdf:type') },
        { name: 'two-actions', note: 'a proposal decides at most one action', edit: (d) => withAction(d).add('it', 'mutua:decides', d.node('action-2')).add('action-2', 'rdf:type', term.iri('mutua:ResolutionAction')).add('action-2', 'mutua:actionKind', term.iri('mutua:SetDefaultMaximumBalance')).add('action-2', 'mutua:balanceLimit', term.int(1000)) },
      ]),
      { name: 'option-action-invalid', note: 'an option\'s action is checked like the proposal\'s', path: iri('mutua:option'), edit: (d) => d.set('option-a', 'mutua:decides', d.node('option-a-action')).add('option-a-action', 'rdf:type', term.iri('mutua:ResolutionAction')).add('option-a-action', 'mutua:actionKind', term.iri('mutua:SetGroupRule')) },
      ...nested('mutua:application', [
        { name: 'application-applied-without-value', note: 'an applied decision records the resulting value', edit: (d) => withApplication(d).remove('application', 'mutua:resultingValue') },
        { name: 'application-failed-without-reason', note: 'a failed application says why', edit: (d) => withApplication(d).set('application', 'mutua:status', term.iri('mutua:ApplicationFailed')).remove('application', 'mutua:resultingValue') },
        { name: 'application-unknown-status', note: 'only applying, applied or failed', edit: (d) => withApplication(d).set('application', 'mutua:status', term.iri('mutua:Open')) },
        { name: 'application-without-agent', note: 'who applied it is recorded', edit: (d) => withApplication(d).remove('application', 'schema:agent') },
        { name: 'application-without-action', note: 'the applied action is named', edit: (d) => withApplication(d).remove('application', 'mutua:appliedAction') },
        { name: 'application-no-timezone', note: 'times carry a time zone', edit: (d) => withApplication(d).set('application', 'schema:startTime', term.dt('2026-04-15T20:00:05')) },
        { name: 'application-text-value', note: 'the resulting value is an integer or a boolean', edit: (d) => withApplication(d).set('application', 'mutua:resultingValue', term.str('-300')) },
        { name: 'application-empty-reason', note: 'a failure reason is not empty', edit: (d) => withApplication(d).set('application', 'mutua:status', term.iri('mutua:ApplicationFailed')).remove('application', 'mutua:resultingValue').set('application', 'mutua:failureReason', term.str('')) },
        { name: 'application-untyped', note: 'an application is typed mutua:ResolutionApplication', edit: (d) => withApplication(d).remove('application', 'rdf:type') },
      ]),
      ...oneOf('mutua:status', { required: true, other: 'mutua:Completed', alternative: 'mutua:Closed' }),
      ...link('mutua:group', { required: true }),
      ...link('dcterms:creator', { required: true }),
      ...dateTime('dcterms:created', { required: true }),
      { name: 'created-after-modified', note: 'creation cannot come after modification', path: iri('dcterms:created'), edit: (d) => d.set('it', 'dcterms:created', term.dt('2026-04-01T00:00:00Z')) },
      ...dateTime('dcterms:modified'),
    ],
  },

  vote: {
    base: 'https://pods.example/ben/mutua/votes/812f7e92-9370-49d7-a78e-740256105a86',
    valid: [
      { name: 'yes', note: 'a yes/no/abstain vote', edit: (d) => d.remove('it', 'mutua:rankedChoice').drop('rank-1').drop('rank-2').add('it', 'mutua:choice', term.iri('mutua:Yes')) },
      { name: 'block-with-reason', note: 'a block with its reason', edit: (d) => d.remove('it', 'mutua:rankedChoice').drop('rank-1').drop('rank-2').add('it', 'mutua:choice', term.iri('mutua:Block')).add('it', 'mutua:reason', term.str('The cupboard is not accessible to wheelchair users.')) },
      { name: 'stand-aside', note: 'standing aside needs no reason', edit: (d) => d.remove('it', 'mutua:rankedChoice').drop('rank-1').drop('rank-2').add('it', 'mutua:choice', term.iri('mutua:StandAside')) },
      { name: 'approvals', note: 'an approval vote for two options', edit: (d) => d.remove('it', 'mutua:rankedChoice').drop('rank-1').drop('rank-2').add('it', 'mutua:approves', term.iri(OPTION_A), term.iri(OPTION_B)) },
      { name: 'scores', note: 'a score vote, 0 and 10', edit: (d) => d.remove('it', 'mutua:rankedChoice').drop('rank-1').drop('rank-2').add('it', 'mutua:scoredChoice', d.node('s1'), d.node('s2')).add('s1', 'rdf:type', term.iri('mutua:ScoredChoice')).add('s1', 'mutua:forOption', term.iri(OPTION_A)).add('s1', 'mutua:score', term.int(0)).add('s2', 'rdf:type', term.iri('mutua:ScoredChoice')).add('s2', 'mutua:forOption', term.iri(OPTION_B)).add('s2', 'mutua:score', term.int(10)) },
    ],
    invalid: [
      ...link('mutua:proposal', { required: true }),
      ...link('mutua:voter', { required: true }),
      { name: 'no-answer', note: 'a vote answers in one way', path: null, edit: (d) => d.remove('it', 'mutua:rankedChoice').drop('rank-1').drop('rank-2') },
      { name: 'choice-and-ranking', note: 'a choice and a ranking together', path: null, edit: (d) => d.add('it', 'mutua:choice', term.iri('mutua:Yes')) },
      { name: 'block-without-reason', note: 'a block must give its reason', path: null, edit: (d) => d.remove('it', 'mutua:rankedChoice').drop('rank-1').drop('rank-2').add('it', 'mutua:choice', term.iri('mutua:Block')) },
      { name: 'unknown-choice', note: 'choices come from the list', path: iri('mutua:choice'), edit: (d) => d.remove('it', 'mutua:rankedChoice').drop('rank-1').drop('rank-2').add('it', 'mutua:choice', term.iri('mutua:Maybe')) },
      { name: 'two-choices', note: 'one choice', path: iri('mutua:choice'), edit: (d) => d.remove('it', 'mutua:rankedChoice').drop('rank-1').drop('rank-2').add('it', 'mutua:choice', term.iri('mutua:Yes'), term.iri('mutua:No')) },
      { name: 'javascript-approval', note: 'approved options are https IRIs', path: iri('mutua:approves'), edit: (d) => d.remove('it', 'mutua:rankedChoice').drop('rank-1').drop('rank-2').add('it', 'mutua:approves', term.iri('javascript:alert(1)')) },
      { name: 'ranking-untyped', note: 'ranking entries are typed mutua:RankedChoice', path: iri('mutua:rankedChoice'), edit: (d) => d.remove('rank-1', 'rdf:type') },
      ...nested('mutua:rankedChoice', [
        { name: 'rank-zero', note: 'ranks start at 1', edit: (d) => d.set('rank-1', 'mutua:rank', term.int(0)) },
        { name: 'rank-fraction', note: 'ranks are whole numbers', edit: (d) => d.set('rank-1', 'mutua:rank', term.dec('1.5')) },
        { name: 'rank-31', note: 'at most 30 ranks', edit: (d) => d.set('rank-1', 'mutua:rank', term.int(31)) },
        { name: 'rank-no-option', note: 'a rank names its option', edit: (d) => d.remove('rank-1', 'mutua:forOption') },
        { name: 'rank-javascript-option', note: 'the option is an https IRI', edit: (d) => d.set('rank-1', 'mutua:forOption', term.iri('javascript:alert(1)')) },
      ]),
      ...nested('mutua:scoredChoice', [
        { name: 'score-eleven', note: 'scores go from 0 to 10', edit: (d) => d.remove('it', 'mutua:rankedChoice').drop('rank-1').drop('rank-2').add('it', 'mutua:scoredChoice', d.node('s1')).add('s1', 'rdf:type', term.iri('mutua:ScoredChoice')).add('s1', 'mutua:forOption', term.iri(OPTION_A)).add('s1', 'mutua:score', term.int(11)) },
        { name: 'score-negative', note: 'scores are not negative', edit: (d) => d.remove('it', 'mutua:rankedChoice').drop('rank-1').drop('rank-2').add('it', 'mutua:scoredChoice', d.node('s1')).add('s1', 'rdf:type', term.iri('mutua:ScoredChoice')).add('s1', 'mutua:forOption', term.iri(OPTION_A)).add('s1', 'mutua:score', term.int(-1)) },
      ]),
      ...text('mutua:reason', 2000, { nonBlank: true }),
      ...link('mutua:group'),
      ...dateTime('dcterms:created', { required: true }),
      missing('sec:proof'),
      { name: 'two-proofs', note: 'a vote carries exactly one proof', path: iri('sec:proof'), edit: (d) => d.add('it', 'sec:proof', d.node('proof-2')) },
      ...proof(),
    ],
  },

  comment: {
    base: 'https://pods.example/brixton-lets/decisions/comments/9a597325-1ff6-4363-8b87-ee47416d4c98',
    valid: [
      ...textValid('as:content', 5000),
      { name: 'top-level-hidden', note: 'a hidden top-level comment, never edited', edit: (d) => d.remove('it', 'as:inReplyTo').remove('it', 'as:updated').set('it', 'mutua:hidden', term.bool(true)) },
    ],
    invalid: [
      ...link('as:context', { required: true }),
      ...link('as:attributedTo', { required: true }),
      ...text('as:content', 5000, { required: true, nonBlank: true }),
      ...link('as:inReplyTo'),
      ...dateTime('as:published', { required: true }),
      { name: 'published-after-update', note: 'a comment cannot be edited before it is published', path: iri('as:published'), edit: (d) => d.set('it', 'as:updated', term.dt('2026-04-03T08:00:00+01:00')) },
      ...dateTime('as:updated'),
      ...flag('mutua:hidden'),
    ],
  },

  document: {
    base: 'https://pods.example/brixton-lets/documents/constitution-v3',
    valid: [
      ...textValid('dcterms:title', 200),
      { name: 'first-version-file', note: 'a first version pointing to a PDF', edit: (d) => d.remove('it', 'schema:text').add('it', 'schema:contentUrl', term.iri('https://pods.example/brixton-lets/documents/files/constitution.pdf')).set('it', 'schema:version', term.int(1)).remove('it', 'dcterms:replaces') },
      { name: 'admins-only', note: 'an admins-only document', edit: (d) => d.set('it', 'mutua:visibility', term.iri('mutua:AdminsOnly')) },
    ],
    invalid: [
      ...text('dcterms:title', 200, { required: true, nonBlank: true }),
      ...link('dcterms:creator', { required: true }),
      ...text('schema:text', 200000),
      ...link('schema:contentUrl').filter((f) => !f.name.startsWith('literal-for')),
      { name: 'text-and-file', note: 'either text or a file, not both', path: null, edit: (d) => d.add('it', 'schema:contentUrl', term.iri('https://pods.example/x.pdf')) },
      { name: 'no-content', note: 'a document has text or a file', path: null, edit: (d) => d.remove('it', 'schema:text') },
      ...integer('schema:version', { required: true, min: 1 }),
      { name: 'later-version-unlinked', note: 'version 3 must link to the version it replaces', path: null, edit: (d) => d.remove('it', 'dcterms:replaces') },
      ...link('dcterms:replaces'),
      ...oneOf('mutua:visibility', { required: true, other: 'mutua:Open', alternative: 'mutua:Public' }),
      ...dateTime('dcterms:created', { required: true }),
      ...dateTime('dcterms:modified'),
    ],
  },

  news: {
    base: 'https://pods.example/brixton-lets/news/spring-market',
    valid: [
      ...textValid('schema:headline', 200),
      { name: 'members-no-image', note: 'members-only news without an image', edit: (d) => d.remove('it', 'schema:image').set('it', 'mutua:visibility', term.iri('mutua:MembersOnly')) },
    ],
    invalid: [
      ...text('schema:headline', 200, { required: true, nonBlank: true }),
      ...text('schema:articleBody', 50000, { required: true }),
      ...link('schema:image'),
      ...oneOf('mutua:visibility', { required: true, other: 'mutua:AdminsOnly', alternative: 'mutua:MembersOnly' }),
      ...dateTime('schema:datePublished', { required: true }),
      ...link('schema:author', { required: true }),
    ],
  },

  event: {
    base: 'https://pods.example/brixton-lets/events/spring-market',
    valid: [
      ...textValid('schema:name', 200),
      { name: 'no-end-no-place', note: 'end and place are optional', edit: (d) => d.remove('it', 'schema:endDate').remove('it', 'schema:location').remove('it', 'schema:description').drop('place') },
    ],
    invalid: [
      ...text('schema:name', 200, { required: true, nonBlank: true }),
      ...dateTime('schema:startDate', { required: true }),
      { name: 'ends-before-start', note: 'an event ends after it starts', path: iri('schema:startDate'), edit: (d) => d.set('it', 'schema:endDate', term.dt('2026-04-18T09:00:00+01:00')) },
      ...dateTime('schema:endDate'),
      ...nested('schema:location', place()),
      ...text('schema:description', 5000),
      ...link('schema:organizer', { required: true }),
    ],
  },
};
