//! The few transcendental functions the drawing needs. In the browser they are the JS engine's
//! `Math`, which is already there: Rust's own (libm's argument reduction tables among them)
//! would add kilobytes to every reader's download. Natively they are Rust's.

/// Sine of `x` radians.
pub fn sin(x: f32) -> f32 {
    #[cfg(target_arch = "wasm32")]
    #[allow(clippy::cast_possible_truncation)]
    {
        js_sys::Math::sin(f64::from(x)) as f32
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        x.sin()
    }
}

/// Cosine of `x` radians.
pub fn cos(x: f32) -> f32 {
    #[cfg(target_arch = "wasm32")]
    #[allow(clippy::cast_possible_truncation)]
    {
        js_sys::Math::cos(f64::from(x)) as f32
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        x.cos()
    }
}

/// `x` to the power `y`.
pub fn pow(x: f64, y: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Math::pow(x, y)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        x.powf(y)
    }
}

/// e to the power `x`.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn exp(x: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Math::exp(x)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        x.exp()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn functions_agree_with_their_definitions() {
        assert!((super::sin(std::f32::consts::FRAC_PI_2) - 1.0).abs() < 1e-6);
        assert!((super::cos(0.0) - 1.0).abs() < 1e-6);
        assert!((super::pow(2.0, 10.0) - 1024.0).abs() < 1e-9);
        assert!((super::exp(1.0) - std::f64::consts::E).abs() < 1e-12);
    }
}
