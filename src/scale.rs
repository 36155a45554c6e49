//! The time axis: a linear map from axis seconds (see [`crate::model::date`]) to CSS pixels,
//! and calendar ticks chosen for the visible span, from minutes to centuries.

use jiff::civil::{Date, DateTime};

use crate::locale::Locale;
use crate::model::Precision;
use crate::time::{add_months, add_seconds, date_from_day_number, datetime, day_number, seconds, Seconds};

/// Maps `domain` (axis seconds) linearly onto `range` (CSS pixels). `domain.0 < domain.1`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    /// Axis seconds shown.
    pub domain: (Seconds, Seconds),
    /// CSS px they map to.
    pub range: (f32, f32),
}

/// A calendar step between ticks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Every n minutes.
    Minutes(i64),
    /// Every n hours.
    Hours(i64),
    /// Every n days.
    Days(i64),
    /// Every n months.
    Months(i64),
    /// Every n years.
    Years(i64),
}

impl Step {
    /// Rough length in seconds, for choosing a step.
    fn approx_seconds(self) -> f64 {
        match self {
            Step::Minutes(n) => 60.0 * n as f64,
            Step::Hours(n) => 3_600.0 * n as f64,
            Step::Days(n) => 86_400.0 * n as f64,
            Step::Months(n) => 30.44 * 86_400.0 * n as f64,
            Step::Years(n) => 365.25 * 86_400.0 * n as f64,
        }
    }
}

const STEPS: &[Step] = &[
    Step::Minutes(1),
    Step::Minutes(5),
    Step::Minutes(15),
    Step::Minutes(30),
    Step::Hours(1),
    Step::Hours(3),
    Step::Hours(6),
    Step::Hours(12),
    Step::Days(1),
    Step::Days(2),
    Step::Days(7),
    Step::Days(14),
    Step::Months(1),
    Step::Months(2),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(20),
    Step::Years(50),
    Step::Years(100),
    Step::Years(200),
    Step::Years(500),
    Step::Years(1000),
];

/// One tick on the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Where, in axis seconds.
    pub at: Seconds,
    /// Short label ("Jul", "13", "09:30", "2020").
    pub label: String,
}

/// Minor ticks and the major (context) ticks above them: "2020" over "Jan Feb Mar".
#[derive(Clone, Debug, PartialEq)]
pub struct Ticks {
    /// The minor ticks' step.
    pub step: Step,
    /// Minor ticks ("Jan").
    pub minor: Vec<Tick>,
    /// Major (context) ticks ("2020").
    pub major: Vec<Tick>,
}

impl TimeScale {
    /// A scale; an empty or inverted domain is widened to one day around its start.
    pub fn new(domain: (Seconds, Seconds), range: (f32, f32)) -> Self {
        let domain = if domain.1 > domain.0 { domain } else { (domain.0 - 43_200.0, domain.0 + 43_200.0) };
        TimeScale { domain, range }
    }

    /// CSS x for an axis time.
    pub fn x(&self, t: Seconds) -> f32 {
        let f = (t - self.domain.0) / (self.domain.1 - self.domain.0);
        #[allow(clippy::cast_possible_truncation)]
        let x = self.range.0 + (f as f32) * (self.range.1 - self.range.0);
        x
    }

    /// Axis time for a CSS x; the inverse of [`TimeScale::x`].
    pub fn invert(&self, x: f32) -> Seconds {
        let f = f64::from(x - self.range.0) / f64::from(self.range.1 - self.range.0);
        self.domain.0 + f * (self.domain.1 - self.domain.0)
    }

    /// Ticks at a calendar step such that labels are at least `min_spacing` CSS px apart.
    pub fn ticks(&self, min_spacing: f32, locale: &dyn Locale) -> Ticks {
        let width = f64::from((self.range.1 - self.range.0).abs().max(1.0));
        let span = self.domain.1 - self.domain.0;
        let max_ticks = (width / f64::from(min_spacing.max(1.0))).max(1.0);
        let step = STEPS.iter().copied().find(|s| s.approx_seconds() >= span / max_ticks).unwrap_or(Step::Years(1000));
        let minor = self.walk(step, |dt| minor_label(step, dt, locale));
        let major = match step {
            Step::Minutes(_) | Step::Hours(_) => self.walk(Step::Days(1), |dt| locale.date(dt, Precision::Day)),
            Step::Days(_) => self.walk(Step::Months(1), |dt| locale.date(dt, Precision::Month)),
            Step::Months(_) => self.walk(Step::Years(1), |dt| locale.date(dt, Precision::Year)),
            Step::Years(_) => Vec::new(),
        };
        Ticks { step, minor, major }
    }

    /// Every aligned instant of `step` within the domain (plus the one just before it, for major
    /// labels that pin to the left edge). At most 1,000 ticks.
    fn walk(&self, step: Step, label: impl Fn(DateTime) -> String) -> Vec<Tick> {
        let mut out = Vec::new();
        let mut at = align(datetime(self.domain.0), step);
        for _ in 0..1_000 {
            let s = seconds(at);
            if s > self.domain.1 {
                break;
            }
            out.push(Tick { at: s, label: label(at) });
            let next = match step {
                Step::Minutes(n) => Some(add_seconds(at, n * 60)),
                Step::Hours(n) => Some(add_seconds(at, n * 3_600)),
                Step::Days(n) if n == 7 || n == 14 => Some(add_seconds(at, n * 86_400)),
                Step::Days(n) => {
                    // Day steps restart on the 1st so ticks stay on round days of the month.
                    let d = at.date();
                    let next_day = i16::from(d.day()) + i16::try_from(n).unwrap_or(1);
                    if next_day > i16::from(d.days_in_month()) - i16::try_from(n / 2).unwrap_or(0) {
                        add_months(d.first_of_month().to_datetime(jiff::civil::Time::midnight()), 1)
                    } else {
                        Some(add_seconds(at, n * 86_400))
                    }
                }
                Step::Months(n) => add_months(at, n),
                Step::Years(n) => add_months(at, n * 12),
            };
            match next {
                Some(n) if n > at => at = n,
                _ => break,
            }
        }
        out
    }
}

/// The last aligned instant of `step` at or before `dt`.
fn align(dt: DateTime, step: Step) -> DateTime {
    let d = dt.date();
    let floor = |v: i64, n: i64| v - v.rem_euclid(n.max(1));
    let at_midnight = |date: Date| date.to_datetime(jiff::civil::Time::midnight());
    let result = match step {
        Step::Minutes(n) => d.to_datetime(
            jiff::civil::Time::new(dt.hour(), i8::try_from(floor(i64::from(dt.minute()), n)).unwrap_or(0), 0, 0)
                .unwrap_or_default(),
        ),
        Step::Hours(n) => d.to_datetime(
            jiff::civil::Time::new(i8::try_from(floor(i64::from(dt.hour()), n)).unwrap_or(0), 0, 0, 0)
                .unwrap_or_default(),
        ),
        Step::Days(7 | 14) => {
            at_midnight(date_from_day_number(day_number(d) - i64::from(d.weekday().to_monday_zero_offset())))
        }
        Step::Days(n) => {
            let day = floor(i64::from(d.day()) - 1, n) + 1;
            at_midnight(d.with().day(i8::try_from(day).unwrap_or(1)).build().unwrap_or(d))
        }
        Step::Months(n) => {
            let m = floor(i64::from(d.month()) - 1, n) + 1;
            at_midnight(Date::new(d.year(), i8::try_from(m).unwrap_or(1), 1).unwrap_or(d))
        }
        Step::Years(n) => {
            let y = floor(i64::from(d.year()), n);
            at_midnight(Date::new(i16::try_from(y).unwrap_or(d.year()).max(-9999), 1, 1).unwrap_or(d))
        }
    };
    result.min(dt)
}

fn minor_label(step: Step, dt: DateTime, locale: &dyn Locale) -> String {
    match step {
        Step::Minutes(_) | Step::Hours(_) => format!("{:02}:{:02}", dt.hour(), dt.minute()),
        Step::Days(_) => dt.day().to_string(),
        Step::Months(_) => locale.month_short(dt.month()),
        Step::Years(_) => locale.date(dt, Precision::Year),
    }
}

/// Limits for zooming and panning a view of `full` (axis seconds): the visible span stays
/// between `min_span` and twice the full span, and the view always overlaps the data.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewLimits {
    /// The whole case's interval.
    pub full: (Seconds, Seconds),
    /// The narrowest window allowed.
    pub min_span: Seconds,
}

impl ViewLimits {
    /// Limits for a case spanning `full`: at most ~1,000× zoom, never closer than 30 minutes.
    pub fn new(full: (Seconds, Seconds)) -> Self {
        let span = (full.1 - full.0).max(1.0);
        ViewLimits { full, min_span: (span / 1_000.0).max(1_800.0).min(span) }
    }

    /// `view` moved and sized back inside the limits.
    pub fn clamp(&self, view: (Seconds, Seconds)) -> (Seconds, Seconds) {
        let full_span = (self.full.1 - self.full.0).max(1.0);
        // Not `clamp`: its bounds check formats floats, which would weigh on the wasm.
        #[allow(clippy::manual_clamp)]
        let span = (view.1 - view.0).max(self.min_span).min(full_span * 2.0);
        let centre = (view.0 + view.1) / 2.0;
        let (mut a, mut b) = (centre - span / 2.0, centre + span / 2.0);
        // Keep at least a third of the view over the data.
        let keep = span / 3.0;
        if b < self.full.0 + keep {
            let shift = self.full.0 + keep - b;
            a += shift;
            b += shift;
        }
        if a > self.full.1 - keep {
            let shift = a - (self.full.1 - keep);
            a -= shift;
            b -= shift;
        }
        (a, b)
    }

    /// Zooms `view` by `factor` (> 1 zooms in) keeping the instant `around` where it is.
    pub fn zoom(&self, view: (Seconds, Seconds), factor: f64, around: Seconds) -> (Seconds, Seconds) {
        let factor = if factor.is_finite() && factor > 0.0 { factor } else { 1.0 };
        let span = view.1 - view.0;
        #[allow(clippy::manual_clamp)]
        let new_span = (span / factor).max(self.min_span).min((self.full.1 - self.full.0).max(1.0) * 2.0);
        let f = if span > 0.0 { ((around - view.0) / span).clamp(0.0, 1.0) } else { 0.5 };
        self.clamp((around - f * new_span, around - f * new_span + new_span))
    }

    /// Moves `view` by `dt` seconds (positive: later).
    pub fn pan(&self, view: (Seconds, Seconds), dt: Seconds) -> (Seconds, Seconds) {
        let dt = if dt.is_finite() { dt } else { 0.0 };
        self.clamp((view.0 + dt, view.1 + dt))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::English;
    use crate::model::CaseDate;

    fn scale(from: &str, to: &str, width: f32) -> TimeScale {
        let a = CaseDate::parse(from).unwrap().start();
        let b = CaseDate::parse(to).unwrap().start();
        TimeScale::new((a, b), (0.0, width))
    }

    #[test]
    fn x_and_invert_are_inverse() {
        let s = scale("2019-05", "2020-08", 900.0);
        for x in [0.0, 123.5, 900.0] {
            assert!((s.x(s.invert(x)) - x).abs() < 0.01);
        }
        assert_eq!(s.x(s.domain.0), 0.0);
    }

    #[test]
    fn a_year_and_a_half_gets_month_ticks_under_year_labels() {
        let t = scale("2019-05", "2020-08", 960.0).ticks(60.0, &English);
        assert_eq!(t.step, Step::Months(1));
        assert_eq!(t.minor.first().unwrap().label, "May");
        assert_eq!(t.major.iter().map(|m| m.label.as_str()).collect::<Vec<_>>(), ["2019", "2020"]);
    }

    #[test]
    fn a_narrow_phone_gets_fewer_coarser_ticks() {
        let t = scale("2019-05", "2020-08", 280.0).ticks(60.0, &English);
        assert!(matches!(t.step, Step::Months(3) | Step::Months(6)), "{:?}", t.step);
        assert!(t.minor.len() <= 5);
    }

    #[test]
    fn a_single_hearing_day_gets_hour_ticks() {
        let t = scale("2020-01-16T08:00", "2020-01-16T18:00", 960.0).ticks(60.0, &English);
        assert!(matches!(t.step, Step::Hours(1)), "{:?}", t.step);
        assert!(t.minor.iter().any(|m| m.label == "12:00"));
        assert_eq!(t.major.first().unwrap().label, "January 16, 2020");
    }

    #[test]
    fn decades_get_round_year_ticks() {
        let t = scale("1948", "2024", 960.0).ticks(60.0, &English);
        assert_eq!(t.step, Step::Years(5));
        assert!(t.minor.iter().all(|m| m.label.parse::<i32>().unwrap() % 5 == 0));
    }

    #[test]
    fn ticks_never_leave_the_domain_except_the_first_major() {
        let s = scale("2020-02-10", "2020-03-20", 600.0);
        let t = s.ticks(50.0, &English);
        assert!(t.minor.iter().skip(1).all(|m| m.at >= s.domain.0 && m.at <= s.domain.1));
        assert!(t.minor.windows(2).all(|w| w[0].at < w[1].at));
    }
}

#[cfg(test)]
mod view_tests {
    use super::*;

    const DAY: f64 = 86_400.0;
    fn limits() -> ViewLimits {
        ViewLimits::new((0.0, 400.0 * DAY))
    }

    #[test]
    fn zooming_in_keeps_the_pointer_instant_in_place() {
        let l = limits();
        let view = (0.0, 400.0 * DAY);
        let zoomed = l.zoom(view, 2.0, 100.0 * DAY);
        assert!((zoomed.1 - zoomed.0 - 200.0 * DAY).abs() < 1.0);
        let before = (100.0 * DAY - view.0) / (view.1 - view.0);
        let after = (100.0 * DAY - zoomed.0) / (zoomed.1 - zoomed.0);
        assert!((before - after).abs() < 1e-9);
    }

    #[test]
    fn one_cannot_zoom_into_nothing_or_out_forever() {
        let l = limits();
        let mut view = (0.0, 400.0 * DAY);
        for _ in 0..100 {
            view = l.zoom(view, 10.0, 200.0 * DAY);
        }
        assert!((view.1 - view.0 - l.min_span).abs() < 1.0);
        for _ in 0..100 {
            view = l.zoom(view, 0.1, 200.0 * DAY);
        }
        assert!((view.1 - view.0 - 800.0 * DAY).abs() < 1.0);
    }

    #[test]
    fn panning_stops_with_a_third_of_the_view_over_the_data() {
        let l = limits();
        let view = l.pan((0.0, 100.0 * DAY), 10_000.0 * DAY);
        assert!(view.0 <= 400.0 * DAY - 100.0 * DAY / 3.0 + 1.0);
        let view = l.pan((0.0, 100.0 * DAY), -10_000.0 * DAY);
        assert!(view.1 >= 100.0 * DAY / 3.0 - 1.0);
    }
}
