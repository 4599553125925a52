namespace GridStaff.EntityFrameworkCore;

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

/// <summary>
/// Names and parameters for the few hand-written statements on the compile's hot path, taken from the
/// EF model and the provider's type mappings: the SQL stays right on every provider, values are stored
/// exactly as EF stores them (a Guid as SQLite text, an enum as its number).
/// </summary>
internal sealed class ModelSql(DbContext db)
{
    private readonly ISqlGenerationHelper sql = db.GetService<ISqlGenerationHelper>();

    public IEntityType Entity(Type clrType) => db.Model.FindEntityType(clrType)!;

    public string Table(IEntityType type) => sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema());

    public string Table(ITableBase table) => sql.DelimitIdentifier(table.Name, table.Schema);

    public string Column(IEntityType type, string property) => sql.DelimitIdentifier(type.FindProperty(property)!.GetColumnName());

    public string Column(IColumnBase column) => sql.DelimitIdentifier(column.Name);

    /// <summary>The parameter as written in the SQL text.</summary>
    public string Placeholder(string name) => sql.GenerateParameterNamePlaceholder(name);

    /// <summary>The parameter's name as the command holds it.</summary>
    public string ParameterName(string name) => sql.GenerateParameterName(name);

    /// <summary>A parameter holding <paramref name="value"/> converted as the property's column stores it.</summary>
    public DbParameter Parameter(DbCommand command, IProperty property, string name, object? value) =>
        property.GetRelationalTypeMapping().CreateParameter(command, ParameterName(name), value, property.IsNullable);
}
