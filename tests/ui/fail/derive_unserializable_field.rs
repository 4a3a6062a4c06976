use errors_macros::Problem;

#[derive(Debug)]
struct Connection;

#[derive(Debug, thiserror::Error, Problem)]
#[error("busy")]
#[problem(status = 423)]
struct Busy {
    connection: Connection,
}

fn main() {}
