// Each fixture runs its own service on its own database, so fixtures may run side by side.
[assembly: Parallelizable(ParallelScope.Fixtures)]
