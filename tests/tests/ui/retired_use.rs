// Naming a retired entry is a deprecation warning that carries the reason.
#![deny(deprecated)]
#![allow(dead_code)]

include!(env!("RETIRED_SHOP_RS"));

fn main() {
    let _kind = ProblemType::CouponExpired;
    let _problem = Problem::CouponExpired { code: "SUMMER21".into() };
}
