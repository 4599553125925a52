// Only the ECharts parts the trend chart draws with; loaded with this feature, not at start-up.
import { LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, GridComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

export * from 'echarts/core';
