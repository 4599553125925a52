// Only the ECharts parts GridStaff draws with; loaded with the organisation feature, not at start-up.
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, TooltipComponent, MarkAreaComponent, AriaComponent, CanvasRenderer]);

export * from 'echarts/core';
