mod shop {
    errors_macros::catalog!("catalogs/shop");
}

mod one_file {
    errors_macros::catalog!("catalogs/shop/shop.yaml");
}

fn main() {
    let problem = shop::Problem::OutOfStock { sku: "A".into(), count: 1 };
    assert_eq!(problem.status(), 409);
    assert_eq!(one_file::ProblemType::ALL.len(), shop::ProblemType::ALL.len());
}
