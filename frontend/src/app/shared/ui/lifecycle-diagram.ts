import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { MachineDescription } from '@tiep-dan/contracts';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { firstBaseline, layoutLifecycle, SHAPE, wrapLabel } from './lifecycle-layout';
import { ScrollRegion } from './scroll-region';

/** The lifecycle of a case drawn from its machine description: the current step highlighted, steps done marked. */
@Component({
  selector: 'app-lifecycle-diagram',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ScrollRegion, TranslatePipe],
  template: `
    <div class="scroll" [appScrollRegion]="'case.lifecycle.title' | t">
      <svg
        [attr.width]="layout().width"
        [attr.height]="layout().height"
        [attr.viewBox]="'0 0 ' + layout().width + ' ' + layout().height"
        role="img"
        [attr.aria-label]="ariaLabel()"
        data-testid="lifecycle"
      >
        <defs>
          <marker
            id="lc-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            [attr.markerWidth]="shape.arrow"
            [attr.markerHeight]="shape.arrow"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" class="arrow" />
          </marker>
          <marker
            id="lc-arrow-next"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            [attr.markerWidth]="shape.arrow"
            [attr.markerHeight]="shape.arrow"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" class="arrow next" />
          </marker>
        </defs>
        @for (g of layout().groups; track g.id) {
          <g class="group" [class.current]="g.current">
            <rect [attr.x]="g.x" [attr.y]="g.y" [attr.width]="g.w" [attr.height]="g.h" [attr.rx]="shape.group.radius" />
            <text [attr.x]="g.x + shape.group.labelX" [attr.y]="g.y + shape.group.labelY" class="group-label">
              {{ g.label | t }}
            </text>
          </g>
        }
        @for (e of layout().edges; track $index) {
          <path class="edge" [class.next]="e.next" [attr.d]="e.path" [attr.marker-end]="e.next ? 'url(#lc-arrow-next)' : 'url(#lc-arrow)'">
            <title>{{ e.label | t }}</title>
          </path>
        }
        @for (n of nodes(); track n.id) {
          <g
            class="node"
            [class]="'node ' + n.status"
            [class.final]="n.final"
            [attr.data-state]="n.id"
            [attr.data-status]="n.status"
            [attr.aria-current]="n.status === 'current' ? 'step' : null"
          >
            <rect [attr.x]="n.x" [attr.y]="n.y" [attr.width]="shape.node.w" [attr.height]="shape.node.h" [attr.rx]="shape.node.radius" />
            @if (n.final) {
              <rect
                [attr.x]="n.x + shape.final.inset"
                [attr.y]="n.y + shape.final.inset"
                [attr.width]="shape.final.w"
                [attr.height]="shape.final.h"
                [attr.rx]="shape.final.radius"
                class="inner"
              />
            }
            <text [attr.x]="n.x + shape.node.textX" [attr.y]="n.y + n.baseline" text-anchor="middle">
              @for (line of n.lines; track $index) {
                <tspan [attr.x]="n.x + shape.node.textX" [attr.dy]="$index ? shape.lineHeight : 0">
                  {{ line }}
                </tspan>
              }
            </text>
          </g>
        }
      </svg>
    </div>
    <!-- The diagram as text, step by step, for screen readers. -->
    <ol class="cdk-visually-hidden" data-testid="lifecycle-steps">
      @for (n of nodes(); track n.id) {
        <li>{{ n.label | t }}: {{ statusKey[n.status] | t }}</li>
      }
    </ol>
    <ul class="legend">
      <li><span class="swatch current"></span>{{ 'case.lifecycle.current' | t }}</li>
      <li><span class="swatch visited"></span>{{ 'case.lifecycle.visited' | t }}</li>
      <li><span class="swatch ahead"></span>{{ 'case.lifecycle.ahead' | t }}</li>
    </ul>
  `,
  styleUrl: './lifecycle-diagram.css',
})
export class LifecycleDiagram {
  private readonly i18n = inject(I18n);
  readonly machine = input.required<MachineDescription>();
  readonly current = input.required<string>();
  /** States the case has been through (from its history). */
  readonly visited = input<readonly string[]>([]);
  protected readonly statusKey = {
    current: 'case.lifecycle.current',
    visited: 'case.lifecycle.visited',
    ahead: 'case.lifecycle.ahead',
  } as const;

  protected readonly layout = computed(() => layoutLifecycle(this.machine(), this.current(), new Set(this.visited())));
  protected readonly shape = SHAPE;
  protected readonly nodes = computed(() =>
    this.layout().nodes.map((n) => {
      const lines = wrapLabel(this.i18n.pick(n.label));
      return { ...n, lines, baseline: firstBaseline(lines.length) };
    }),
  );
  protected readonly ariaLabel = computed(() => {
    const current = this.machine().states.find((s) => s.id === this.current());
    return `${this.i18n.t('case.lifecycle.title')}: ${this.i18n.t('case.lifecycle.current')} ${current ? this.i18n.pick(current.label) : this.current()}`;
  });
}
