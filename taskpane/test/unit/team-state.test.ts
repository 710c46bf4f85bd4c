/** The 团队 tab's state, without the DOM: what is highlighted and what actions target always agree. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Team, TemplateDetail, TemplateSummary } from '../../src/api.ts';
import { TeamState, type TeamChange } from '../../src/ui/team-state.ts';

const team = (id: string, role: Team['role']): Team => ({ id, name: `团队${id}`, role, timeZone: 'Asia/Shanghai' });
const summary = (id: string): TemplateSummary => ({
  id,
  name: id,
  category: '团队模板',
  nodeCount: 1,
  version: 1,
  updatedAt: '2026-11-30T08:00:00Z',
  scope: 'team',
  teamId: 't1',
  updatedBy: '张三',
  tags: [],
});
const detail = (id: string): TemplateDetail => ({ ...summary(id), defaultStyleId: 'gongwen', levels: [], nodes: [] });

function recorded(state: TeamState): TeamChange[] {
  const changes: TeamChange[] = [];
  state.on((change) => changes.push(change));
  return changes;
}

test('the remembered team is chosen when it is one of the user’s teams, else the first', () => {
  const state = new TeamState();
  state.setTeams([team('t1', 'viewer'), team('t2', 'owner')], 't2');
  assert.equal(state.team?.id, 't2');
  assert.equal(state.canEdit, true);
  state.setTeams([team('t1', 'viewer')], 'gone');
  assert.equal(state.team?.id, 't1');
  assert.equal(state.canEdit, false, 'a viewer neither saves nor deletes');
});

test('opening highlights at once; the answer makes it the shown one, the target of the actions', () => {
  const state = new TeamState();
  state.setTeams([team('t1', 'editor')]);
  state.setTemplates([summary('a'), summary('b')]);
  const changes = recorded(state);
  state.beginOpen('a');
  assert.equal(state.highlighted, 'a');
  assert.equal(state.shown?.id, undefined, 'nothing shown until the answer lands');
  state.opened(detail('a'));
  assert.deepEqual([state.highlighted, state.shown?.id, state.opening], ['a', 'a', null]);
  assert.deepEqual(changes, ['highlight', 'detail', 'highlight']);
});

test('a failed open puts the highlight back on the template shown', () => {
  const state = new TeamState();
  state.setTeams([team('t1', 'editor')]);
  state.setTemplates([summary('a'), summary('b')]);
  state.beginOpen('a');
  state.opened(detail('a'));
  state.beginOpen('b');
  assert.equal(state.highlighted, 'b');
  state.openFailed();
  assert.deepEqual([state.highlighted, state.shown?.id], ['a', 'a']);
});

test('a reloaded list without the shown template (deleted) clears the detail; another team starts empty', () => {
  const state = new TeamState();
  state.setTeams([team('t1', 'editor'), team('t2', 'editor')]);
  state.setTemplates([summary('a'), summary('b')]);
  state.beginOpen('a');
  state.opened(detail('a'));
  state.setTemplates([summary('b')]);
  assert.deepEqual([state.shown, state.highlighted], [null, null]);

  state.beginOpen('b');
  state.opened(detail('b'));
  state.selectTeam('t2');
  assert.deepEqual([state.team?.id, state.templates, state.shown, state.highlighted], ['t2', [], null, null]);
});

test('a reloaded list without the shown template, while another opens, keeps that open going and highlighted', () => {
  const state = new TeamState();
  state.setTeams([team('t1', 'editor')]);
  state.setTemplates([summary('a'), summary('b')]);
  state.beginOpen('a');
  state.opened(detail('a'));
  state.beginOpen('b');
  state.setTemplates([summary('b')]);
  assert.deepEqual([state.shown, state.opening, state.highlighted], [null, 'b', 'b']);
  state.opened(detail('b'));
  assert.deepEqual([state.shown?.id, state.highlighted], ['b', 'b']);
});

test('signing out forgets the teams and what was shown', () => {
  const state = new TeamState();
  state.setTeams([team('t1', 'owner')]);
  state.setTemplates([summary('a')]);
  state.opened(detail('a'));
  state.reset();
  assert.deepEqual([state.teams, state.team, state.templates, state.shown], [[], null, [], null]);
});
