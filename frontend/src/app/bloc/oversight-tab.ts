import { ChangeDetectionStrategy, Component } from '@angular/core';
import { AssignmentsPanel } from './assignments-panel';
import { FocusPanel } from './focus-panel';
import { InspectionsPanel } from './inspections-panel';

/** Inspection and urging: flags, the level above's visits, commune cadres at village meetings, focused villages. */
@Component({
  selector: 'app-oversight-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AssignmentsPanel, FocusPanel, InspectionsPanel],
  template: `<app-inspections-panel /><app-assignments-panel /><app-focus-panel />`,
})
export class OversightTab {}
