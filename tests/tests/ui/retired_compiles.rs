// Generated code with a retired entry compiles without warnings; other entries are used as usual.
#![deny(warnings)]
#![allow(dead_code)]

include!(env!("RETIRED_SHOP_RS"));

fn main() {
    let p = Problem::OutOfStock { sku: "A-1".into() };
    assert_eq!(p.to_string(), "Item A-1 is out of stock.");
    assert_eq!(ProblemType::ALL.len(), 2);
}
