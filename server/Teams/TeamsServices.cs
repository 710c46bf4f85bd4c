namespace OutlineAddin.Teams;

public static class TeamsServices
{
    /// <summary>Teams' storage: their repository (after <see cref="Data.DatabaseServices.AddOutlineDatabase"/>).</summary>
    public static IServiceCollection AddTeamStore(this IServiceCollection services) => services.AddSingleton<TeamRepository>();
}
