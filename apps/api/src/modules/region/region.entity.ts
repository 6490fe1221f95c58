import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'region' })
export class RegionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** NUTS code (NUTS 2021), or the national statistical region code outside the EU. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 12 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** ISO 3166 alpha-2 (Greece is GR; its NUTS prefix is EL). */
  @Index()
  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'smallint' })
  level: number;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ name: 'coordinate_source', type: 'varchar', length: 200, nullable: true })
  coordinateSource: string | null;

  @Column({ name: 'name_source', type: 'varchar', length: 200, nullable: true })
  nameSource: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
